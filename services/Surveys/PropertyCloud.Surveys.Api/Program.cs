using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePropertyCloudApi();
app.MapDefaultEndpoints();
app.MapTemplatesApi();
app.MapCampaignsApi();
app.MapFieldworkApi();
app.MapResidentLinkApi();
app.MapMyQuestionnairesApi();
app.MapResultsApi();
app.MapCorrectiveActionsApi();

await app.RunOrMigrateAsync(args);

public partial class Program;
