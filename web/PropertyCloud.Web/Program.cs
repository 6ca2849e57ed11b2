using PropertyCloud.BuildingBlocks.Deployment;
using PropertyCloud.Web.Api;
using PropertyCloud.Web.Components;
using PropertyCloud.Web.Extensions;
using PropertyCloud.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebConsole();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapDefaultEndpoints();
app.MapStaticAssets();
app.MapSessionEndpoints();
app.MapDownloads();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunOrMigrateAsync(args);
