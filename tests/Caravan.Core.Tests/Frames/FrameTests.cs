using Caravan.Core.Frames;

namespace Caravan.Core.Tests.Frames;

public class FrameTests
{
    [Fact]
    public void Rejects_columns_of_unequal_length()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Frame(
        [
            new NumericColumn("x", [1, 2, 3]),
            new NumericColumn("y", [1, 2]),
        ]));
        Assert.Contains("'y' has 2 rows; expected 3", ex.Message);
    }

    [Fact]
    public void Unknown_column_lists_the_columns()
    {
        var f = new Frame([new NumericColumn("x", [1]), new TextColumn("s", ["a"])]);
        var ex = Assert.Throws<KeyNotFoundException>(() => f["z"]);
        Assert.Contains("Columns: x, s", ex.Message);
        Assert.True(f["x"].Length == 1 && f.RowCount == 1);
    }
}
