using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Caravan.Reporting.Tables;

/// <summary>
/// Word (.docx) regression table through the Open XML SDK, laid out as modelsummary's Word output and
/// etable: title above, horizontal rules only (top, under the header, between blocks, bottom), labels
/// left, model cells centred, 10 pt Times New Roman; stars legend, notes and provenance below in 8 pt.
/// </summary>
internal static class DocxTableWriter
{
    private const string Font = "Times New Roman";

    public static byte[] Write(TableModel t)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            if (t.Title is not null)
            {
                body.Append(Paragraph(t.Title, 22, bold: true, JustificationValues.Left));
            }

            body.Append(Table(t));
            foreach (var line in t.Footnotes)
            {
                body.Append(Paragraph(line, 16, bold: false, JustificationValues.Left));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    // Column widths in twentieths of a point: the label column fits the longest label, model columns the
    // longest cell (Word and LibreOffice need a grid; "auto" widths collapse in LibreOffice).
    private static int Twips(int chars) => Math.Clamp((chars * 110) + 240, 900, 4800);

    private static Table Table(TableModel t)
    {
        var labelWidth = Twips(t.Rows.Select(r => r.Label.Length).DefaultIfEmpty(0).Max());
        var cellWidths = Enumerable.Range(0, t.Headers.Count)
            .Select(j => Twips(Math.Max(t.Headers[j].Length, t.Rows.Select(r => r.Cells[j].Length).DefaultIfEmpty(0).Max()))).ToArray();
        var grid = new TableGrid(new GridColumn { Width = labelWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        foreach (var w in cellWidths)
        {
            grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = (labelWidth + cellWidths.Sum()).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 8U },
                new BottomBorder { Val = BorderValues.Single, Size = 8U },
                new LeftBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil },
                new InsideVerticalBorder { Val = BorderValues.Nil })));
        table.Append(grid);
        var header = new WordRow(new TableRowProperties(new TableHeader()));
        header.Append(Cell(string.Empty, labelWidth, JustificationValues.Left, ruleBelow: true, ruleAbove: false));
        for (var j = 0; j < t.Headers.Count; j++)
        {
            header.Append(Cell(t.Headers[j], cellWidths[j], JustificationValues.Center, ruleBelow: true, ruleAbove: false));
        }

        table.Append(header);
        TableBlock? previous = null;
        foreach (var row in t.Rows)
        {
            var startsBlock = previous is not null && TextTableWriter.Group(previous.Value) != TextTableWriter.Group(row.Kind);
            previous = row.Kind;
            var tr = new WordRow(new TableRowProperties(new CantSplit()));
            tr.Append(Cell(row.Label, labelWidth, JustificationValues.Left, ruleBelow: false, ruleAbove: startsBlock));
            for (var j = 0; j < row.Cells.Count; j++)
            {
                tr.Append(Cell(row.Cells[j], cellWidths[j], JustificationValues.Center, ruleBelow: false, ruleAbove: startsBlock));
            }

            table.Append(tr);
        }

        return table;
    }

    private static TableCell Cell(string text, int width, JustificationValues align, bool ruleBelow, bool ruleAbove)
    {
        var borders = new TableCellBorders();
        if (ruleAbove)
        {
            borders.Append(new TopBorder { Val = BorderValues.Single, Size = 4U });
        }

        if (ruleBelow)
        {
            borders.Append(new BottomBorder { Val = BorderValues.Single, Size = 4U });
        }

        var props = new TableCellProperties(
            new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            borders,
            new TableCellMargin(new LeftMargin { Width = "113", Type = TableWidthUnitValues.Dxa }, new RightMargin { Width = "113", Type = TableWidthUnitValues.Dxa }));
        return new TableCell(props, Paragraph(text, 20, bold: false, align, spacing: false));
    }

    private static Paragraph Paragraph(string text, int halfPoints, bool bold, JustificationValues align, bool spacing = true)
    {
        var runProps = new RunProperties(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font },
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProps.PrependChild(new Bold());
        }

        var pPr = new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = spacing ? "60" : "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = align });
        return new Paragraph(pPr, new Run(runProps, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
