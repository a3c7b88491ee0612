using System.Globalization;

namespace Caravan.Estimation.Formula;

/// <summary>An expression node of a formula.</summary>
internal abstract record Expr(int Position);

internal sealed record VarExpr(string Name, int Position) : Expr(Position)
{
    public override string ToString() => Name;
}

internal sealed record NumExpr(double Value, int Position) : Expr(Position)
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

internal sealed record NegExpr(Expr Operand, int Position) : Expr(Position)
{
    public override string ToString() => "-" + Operand;
}

internal sealed record BinaryExpr(char Op, Expr Left, Expr Right, int Position) : Expr(Position)
{
    public override string ToString() => Op == '^' ? $"{Left}^{Right}" : $"{Left} {Op} {Right}";
}

/// <summary>A function call; named arguments (e.g. <c>ref=1992</c>) are kept apart.</summary>
internal sealed record CallExpr(string Function, IReadOnlyList<Expr> Args, IReadOnlyDictionary<string, Expr> Named, int Position)
    : Expr(Position)
{
    public override string ToString()
    {
        var parts = Args.Select(a => a.ToString()).Concat(Named.Select(kv => $"{kv.Key}={kv.Value}"));
        return $"{Function}({string.Join(", ", parts)})";
    }
}
