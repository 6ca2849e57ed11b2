namespace PropertyCloud.Web.Api;

internal static class GatewayApiExtensions
{
    /// <summary>
    /// The services' APIs, called through the gateway ("Gateway:Address", by default found by service discovery)
    /// with the signed-in user's access token; and the back channel to Identity for the sign-in.
    /// </summary>
    public static void AddGatewayApi(this IHostApplicationBuilder builder)
    {
        var gateway = new Uri(builder.Configuration["Gateway:Address"] ?? "http://gateway");
        builder.Services.AddHttpClient<GatewayApi>(http => http.BaseAddress = gateway);
        builder.Services.AddHttpClient("identity");
        builder.Services.AddDownloads(gateway);
        builder.Services.AddScoped<EstateContext>();
        builder.Services.AddScoped<Residents.UnitFinder>();
    }
}
