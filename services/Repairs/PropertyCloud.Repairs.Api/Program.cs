using PropertyCloud.BuildingBlocks.Api;
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
app.MapSlaPoliciesApi();
app.MapComplaintsApi();
app.MapComplaintStepsApi();
app.MapMaterialsApi();
app.MapBusinessCalendarApi();

app.Run();

public partial class Program;
