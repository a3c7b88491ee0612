using System.Text;

namespace Caravan.Core.Expressions;

/// <summary>
/// A node of the one expression grammar (formulas, <c>fit --where</c>, <c>panel --derive</c>).
/// <see cref="object.ToString"/> prints the node as R's <c>deparse</c> does — the label a term gets in a
/// table — so parentheses the user wrote are kept: <c>I((a+b)/c)</c> prints as <c>I((a + b)/c)</c>.
/// <see cref="Position"/> is the 1-based character position in the parsed text.
/// </summary>
public abstract record Expr(int Position);

/// <summary>A number literal; <see cref="Text"/> is the literal as written (so labels keep it).</summary>
public sealed record NumExpr(double Value, int Position, string? Text = null) : Expr(Position)
{
    public override string ToString() => Text ?? Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A quoted text literal, e.g. <c>"CHN"</c>.</summary>
public sealed record StringExpr(string Value, int Position) : Expr(Position)
{
    public override string ToString() => "\"" + Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

/// <summary><c>TRUE</c>, <c>FALSE</c> or <c>NA</c> (null).</summary>
public sealed record LogicalExpr(bool? Value, int Position) : Expr(Position)
{
    public override string ToString() => Value switch { true => "TRUE", false => "FALSE", null => "NA" };
}

/// <summary>A column reference; names that are not syntactic print in backticks.</summary>
public sealed record VarExpr(string Name, int Position) : Expr(Position)
{
    public override string ToString() => ExpressionParser.IsSyntacticName(Name) ? Name : "`" + Name + "`";
}

/// <summary>Unary minus.</summary>
public sealed record NegExpr(Expr Operand, int Position) : Expr(Position)
{
    public override string ToString() => "-" + Operand;
}

/// <summary>Logical negation <c>!x</c>.</summary>
public sealed record NotExpr(Expr Operand, int Position) : Expr(Position)
{
    public override string ToString() => "!" + Operand;
}

/// <summary>Parentheses as written (kept so labels print as written).</summary>
public sealed record ParenExpr(Expr Inner, int Position) : Expr(Position)
{
    public override string ToString() => "(" + Inner + ")";
}

/// <summary>A binary operator: <c>+ - * / ^ == != &lt; &lt;= &gt; &gt;= &amp; |</c>.</summary>
public sealed record BinaryExpr(string Op, Expr Left, Expr Right, int Position) : Expr(Position)
{
    // R's deparse: no spaces around / and ^, spaces around the others.
    public override string ToString() => Op is "/" or "^" ? $"{Left}{Op}{Right}" : $"{Left} {Op} {Right}";
}

/// <summary>A function call; named arguments (e.g. <c>ref = 1992</c>) are kept apart, in order.</summary>
public sealed record CallExpr(string Function, IReadOnlyList<Expr> Args, IReadOnlyDictionary<string, Expr> Named, int Position)
    : Expr(Position)
{
    public override string ToString()
    {
        var sb = new StringBuilder(Function).Append('(');
        var first = true;
        foreach (var a in Args)
        {
            sb.Append(first ? string.Empty : ", ").Append(a);
            first = false;
        }

        foreach (var kv in Named)
        {
            sb.Append(first ? string.Empty : ", ").Append(kv.Key).Append(" = ").Append(kv.Value);
            first = false;
        }

        return sb.Append(')').ToString();
    }
}
