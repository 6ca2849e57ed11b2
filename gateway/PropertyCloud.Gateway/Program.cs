using PropertyCloud.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseForwardedHeaders();
// UsePropertyCloudApi's steps, with the rate limiter between authentication and authorisation: it partitions by the
// authenticated caller, and a flood of missing or bad tokens must be throttled too, not answered 401 for free.
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapReverseProxy();

app.Run();

public partial class Program;
