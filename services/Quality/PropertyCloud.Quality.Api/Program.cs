using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Quality.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.MapDefaultEndpoints();
app.MapFiguresApi();
app.MapLeagueApi();
app.MapDrillDownApi();
app.MapReadModelsApi();
app.MapInspectionsApi();
app.MapPhotosApi();
app.MapReportsApi();

await app.RunOrMigrateAsync(args);

public partial class Program;
