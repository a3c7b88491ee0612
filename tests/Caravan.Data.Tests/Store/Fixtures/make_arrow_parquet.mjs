// Writes tests/Caravan.Data.Tests/Store/Fixtures/arrow_rs.parquet with arrow-rs (parquet-wasm) from an
// Apache Arrow JS table: Int32, Int16, nullable Utf8, nullable Float64, nullable Bool, dictionary<Utf8>.
// npm install parquet-wasm@0.8.0 apache-arrow@21 && node make_arrow_parquet.mjs OUT
import { writeFileSync } from 'node:fs';
import * as arrow from 'apache-arrow';
import * as pq from 'parquet-wasm';

const out = process.argv[2] ?? 'arrow_rs.parquet';
const dict = arrow.vectorFromArray(['Asia', 'Asia', 'Americas', 'Europe'], new arrow.Dictionary(new arrow.Utf8(), new arrow.Int8()));
const table = new arrow.Table({
  ccode: arrow.vectorFromArray([710, 705, 2, 365], new arrow.Int32()),
  year: arrow.vectorFromArray([2000, 2000, 2001, 2001], new arrow.Int16()),
  name: arrow.vectorFromArray(['China', 'Kazakhstan', null, 'Russia'], new arrow.Utf8()),
  cinc: arrow.vectorFromArray([0.2, null, 0.14, 0.06], new arrow.Float64()),
  major: arrow.vectorFromArray([true, false, true, null], new arrow.Bool()),
  region: dict,
});
const wasmTable = pq.Table.fromIPCStream(arrow.tableToIPC(table, 'stream'));
const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.SNAPPY).build();
writeFileSync(out, pq.writeParquet(wasmTable, props));
console.log('wrote', out);
