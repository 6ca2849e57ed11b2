using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Apis.Handover;
using PropertyCloud.Residents.Api.Apis.Parking;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.MapDefaultEndpoints();
app.MapEstatesApi();
app.MapBuildingsApi();
app.MapUnitsApi();
app.MapOwnersApi();
app.MapPersonalDataApi();
app.MapHouseholdApi();
app.MapContactPersonsApi();
app.MapOwnershipsApi();
app.MapTenanciesApi();
app.MapSearchApi();
app.MapSelfServiceApi();
app.MapSelfServiceEditsApi();
app.MapCorrectionsApi();
app.MapVehiclesApi();
app.MapParkingSpacesApi();
app.MapParkingPermitsApi();
app.MapUnitHandoverApi();
app.MapImportsApi();
app.MapRegisterExportApi();

await app.RunOrMigrateAsync(args);

public partial class Program;
