using Caravan.Estimation.Estimators;

namespace Caravan.Estimation.Tests.Estimators;

/// <summary>
/// The blocked logit passes against a plain row-by-row computation (1e-12 relative), and their reduction
/// order: the same bits on 1 and 4 threads (fixed partitions summed in order), including a ragged tail.
/// </summary>
public sealed class LogitPassesTests
{
    private static LogitDesign Design(int n, int k)
    {
        var rng = new Random(7);
        var x = new double[k][];
        for (var j = 0; j < k; j++)
        {
            x[j] = new double[n];
            for (var i = 0; i < n; i++)
            {
                x[j][i] = j == 0 ? 1 : rng.NextDouble() * 4 - 2;
            }
        }

        var y = new double[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = rng.NextDouble() < 0.1 ? 1 : 0;
            w[i] = i % 11 == 0 ? 0 : 0.5 + rng.NextDouble();
        }

        return new LogitDesign(x, y, w, null);
    }

    [Fact]
    public void Passes_match_a_row_by_row_computation_and_do_not_depend_on_threads()
    {
        const int n = LogitDesign.PartitionRows * 3 + 37;
        const int k = 5;
        var d = Design(n, k);
        double[] beta = [-2.0, 0.3, -0.7, 1.1, 0.05];
        var (pi1, wt1, info1, ll1) = Pass1(d, beta, threads: 1);
        var (pi4, wt4, info4, ll4) = Pass1(d, beta, threads: 4);
        Assert.Equal(ll1, ll4);
        Assert.Equal(info1, info4);
        Assert.Equal(wt1, wt4);

        // Row-by-row reference.
        var llRef = 0.0;
        var infoRef = new double[k * k];
        for (var i = 0; i < n; i++)
        {
            var eta = 0.0;
            for (var j = 0; j < k; j++)
            {
                eta += d.X[j][i] * beta[j];
            }

            var p = 1 / (1 + Math.Exp(-eta));
            llRef += d.Weights[i] * ((d.Y[i] * Math.Log(p)) + ((1 - d.Y[i]) * Math.Log(1 - p)));
            Assert.Equal(p, pi1[i], 1e-14);
            var wi = d.Weights[i] * p * (1 - p);
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    infoRef[(a * k) + b] += wi * d.X[a][i] * d.X[b][i];
                }
            }
        }

        Assert.True(Math.Abs(ll1 - llRef) < 1e-12 * Math.Abs(llRef), $"loglik {ll1} vs {llRef}");
        for (var c = 0; c < k * k; c++)
        {
            Assert.True(Math.Abs(info1[c] - infoRef[c]) < 1e-12 * Math.Abs(infoRef[c]) + 1e-9, $"info[{c}]");
        }

        // Pass 2: hat = w π(1−π) x'I⁻¹x and the modified score, same bits on 1 and 4 threads.
        var l = new double[k * k];
        Assert.True(PenalizedLogitEngine.Cholesky(info1, k, l));
        var linv = new double[k * k];
        Caravan.Estimation.Numerics.LinearAlgebra.InverseLower(l, k, linv);
        var partials = new double[LogitPasses.PartialsLength(d)];
        var (hat1, score1) = (new double[n], new double[k]);
        var (hat4, score4) = (new double[n], new double[k]);
        LogitPasses.Score(d, pi1, wt1, linv, true, hat1, score1, partials, 1);
        LogitPasses.Score(d, pi1, wt1, linv, true, hat4, score4, partials, 4);
        Assert.Equal(score1, score4);
        Assert.Equal(hat1, hat4);
        Assert.Equal(k, hat1.Sum(), 9); // the hat matrix's trace is the number of columns
    }

    private static (double[] Pi, double[] Wt, double[] Info, double Ll) Pass1(LogitDesign d, double[] beta, int threads)
    {
        var pi = new double[d.Rows];
        var wt = new double[d.Rows];
        var info = new double[d.Columns * d.Columns];
        var ll = LogitPasses.Information(d, beta, pi, wt, info, new double[LogitPasses.PartialsLength(d)], threads);
        return (pi, wt, info, ll);
    }
}
