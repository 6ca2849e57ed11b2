using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Repairs.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
