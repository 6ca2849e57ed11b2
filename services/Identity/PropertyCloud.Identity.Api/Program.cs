using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.Identity.Api.Apis;
using PropertyCloud.Identity.Api.Extensions;
using PropertyCloud.Identity.Api.Partners;
using PropertyCloud.Identity.Api.Users;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.UseAntiforgery();

app.MapDefaultEndpoints();
app.MapConnectApi();
app.MapAccountApi();
app.MapMeApi();
app.MapPartnerClientsApi();
app.MapUsersApi();

await app.RunOrMigrateAsync(args);

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
