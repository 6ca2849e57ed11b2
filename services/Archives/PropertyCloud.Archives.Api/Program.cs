using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Apis.Printing;
using PropertyCloud.Archives.Api.Apis.Viewing;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Deployment;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.MapDefaultEndpoints();
app.MapCustomerFilesApi();
app.MapDocumentsApi();
app.MapLoansApi();
app.MapAuditApi();
app.MapDestructionApi();
app.MapPrintingApi();
app.MapTemporaryFilesApi();
app.MapArchiveFilesApi();
app.MapEquipmentApi();
app.MapPublicDrawingsApi();
app.MapMyDocumentsApi();
app.MapAggregatesApi();
app.MapReconciliationApi();
app.MapCustodyApi();
app.MapSearchApi();
app.MapViewingApi();

await app.RunOrMigrateAsync(args);

public partial class Program;
