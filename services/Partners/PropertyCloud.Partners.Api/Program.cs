using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Partners.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.MapDefaultEndpoints();
app.MapPartnersApi();
app.MapDeliveriesApi();
app.MapCatalogApi();

await app.RunOrMigrateAsync(args);

public partial class Program;
