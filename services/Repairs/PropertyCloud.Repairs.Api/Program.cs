using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.MapDefaultEndpoints();
app.MapRepairOrdersApi();
app.MapRepairOrderStepsApi();
app.MapRepairOrderSlaApi();
app.MapSlaPoliciesApi();
app.MapComplaintsApi();
app.MapComplaintStepsApi();
app.MapMyComplaintsApi();
app.MapMaterialsApi();
app.MapBusinessCalendarApi();
app.MapEscalationLadderApi();
app.MapTeamsApi();
app.MapRepairPhotosApi();
app.MapDashboardsApi();

await app.RunOrMigrateAsync(args);

public partial class Program;
