using Caravan.Data.Store;
using Caravan.Estimation;
using Caravan.Estimation.Results;
using Caravan.Estimation.Vcov;
using Caravan.Reporting.Tables;
using Caravan.Web.Hosting;
using Caravan.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Text.Json;
using static Caravan.Web.Api.StudyGate;

namespace Caravan.Web.Api;

/// <summary><c>POST /api/fit</c>: fit a model to a panel this server built, with <c>caravan fit</c>'s options and messages.</summary>
internal static class FitApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/fit", async (HttpRequest request, PanelWorkArea area, WorkBudget budget, CancellationToken token) =>
        {
            var (text, error) = await JsonBody.Read(request, token);
            if (error is not null)
            {
                return error;
            }

            FitForm form;
            try
            {
                form = JsonSerializer.Deserialize<FitForm>(text!, FormJson.Options) ?? new FitForm();
                form.Validate();
            }
            catch (JsonException e)
            {
                return ApiError.BadRequest(FormJson.Message(e));
            }
            catch (EstimationException e)
            {
                return ApiError.BadRequest(e.Message);
            }

            if (area.Find(form.Panel ?? "") is not { } panel)
            {
                return ApiError.Result(StatusCodes.Status404NotFound, $"error: no panel '{JsonBody.Truncate(form.Panel ?? "", 40)}' on this server; build one first (POST /api/panel).");
            }

            var (result, failure) = await budget.Run("fit", () => Run(panel, form));
            return failure ?? result!;
        }).WithSummary("Fit a model to a built panel").WithDescription("Body: {\"panel\":\"<id>\",\"model\":\"logit\",\"formula\":\"cowmidonset ~ contig + log(capdist)\",\"vcov\":\"cluster:dyad\"}. Models ols, logit, probit, poisson/ppml, firth; vcov as caravan fit --vcov. Formula at most 400 characters, 6 levels of parentheses, 40 terms.");

    private static IResult Run(BuiltPanel panel, FitForm form)
    {
        try
        {
            var frame = FrameReader.Read(panel.Files["csv"]);
            var kind = FitForm.Kind(form.Model)!.Value;
            var spec = form.Vcov is { } v && v.Trim().Length > 0 ? VcovSpec.Parse(v) : null;
            var fit = kind == ModelKind.FirthLogit ? Fit.Firth(frame, form.Formula) : Fit.Model(kind, frame, form.Formula, new FitOptions { Vcov = new VcovSpec.Iid() });
            spec ??= Fit.DefaultVcov(fit);
            if (spec != fit.VcovSpec)
            {
                fit = fit.WithVcov(spec);
            }

            return Results.Json(Shape(fit, form));
        }
        catch (Exception e) when (e is EstimationException or InvalidDataException or IOException or ArgumentException or FormatException)
        {
            return ApiError.BadRequest("error: " + e.Message);
        }
    }

    private static object Shape(FitResult fit, FitForm form) => new
    {
        command = $"caravan fit --data panel.csv --model {form.Model} --formula \"{form.Formula}\"{(string.IsNullOrWhiteSpace(form.Vcov) ? "" : $" --vcov {form.Vcov}")}",
        model = fit.Kind.ToString(),
        nobs = fit.Nobs,
        converged = fit.Converged,
        vcov = fit.VcovLabel,
        notes = fit.Notes,
        table = RegressionTableRenderer.Render(fit, TableFormat.Text),
        coefficients = fit.Coefficients().Select(c => new
        {
            term = c.Term, estimate = N(c.Estimate), stdError = N(c.StdError), statistic = N(c.Statistic), pValue = N(c.PValue), confLow = N(c.ConfLow), confHigh = N(c.ConfHigh),
        }),
    };
}
