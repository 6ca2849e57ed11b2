using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.BuildingBlocks.Api;

/// <summary>The HTTP conventions every PropertyCloud API follows.</summary>
public static class ApiExtensions
{
    private static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en-US")];

    /// <summary>
    /// Problem answers for every failure, FluentValidation validators from <paramref name="validatorsAssembly"/>,
    /// zh-CN messages by default (en-US on request), enums as strings in JSON, times read as UTC.
    /// </summary>
    public static IHostApplicationBuilder AddPropertyCloudApi(this IHostApplicationBuilder builder, Assembly validatorsAssembly)
    {
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier));
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter());
        });
        builder.Services.AddValidatorsFromAssembly(validatorsAssembly, includeInternalTypes: true);
        builder.Services.AddRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
        });
        ValidatorOptions.Global.LanguageManager.Enabled = true;
        return builder;
    }

    /// <summary>Request culture, exception handling, status-code problems, authentication, authorisation and estate scope, in that order.</summary>
    public static WebApplication UsePropertyCloudApi(this WebApplication app)
    {
        // Culture first: the exception handler writes its problem answer in the caller's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<EstateScopeMiddleware>();
        return app;
    }

    /// <summary>Validates the endpoint's <typeparamref name="TRequest"/> body before the handler runs.</summary>
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<ValidationFilter<TRequest>>().ProducesValidationProblem();
}
