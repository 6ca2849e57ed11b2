using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();

app.UseForwardedHeaders();
app.UsePropertyCloudApi();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapReverseProxy();

app.Run();

public partial class Program;
