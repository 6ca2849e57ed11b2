using Microsoft.Extensions.Options;
using PropertyCloud.Archives.Api.Consumers;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.Archives.Api.Infrastructure.Lending;
using PropertyCloud.Archives.Api.Infrastructure.Audit;
using PropertyCloud.Archives.Api.Infrastructure.Engineering;
using PropertyCloud.Archives.Api.Infrastructure.Filing;
using PropertyCloud.Archives.Api.Infrastructure.Search;
using PropertyCloud.Archives.Api.Infrastructure.Storage;
using PropertyCloud.Archives.Api.Infrastructure.Destruction;
using PropertyCloud.Archives.Contracts;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPropertyCloudApi(typeof(Extensions).Assembly);
        builder.AddPropertyCloudAuthentication();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ArchivesPolicies.ReadFiles, policy =>
                policy.RequireRole(Roles.GroupAdmin, Roles.Quality, Roles.EstateManager, Roles.Archivist))
            .AddPolicy(ArchivesPolicies.ManageDocuments, policy => policy.RequireRole(ArchivesPolicies.Custodians))
            .AddPolicy(ArchivesPolicies.ReadDocuments, policy => policy.RequireRole(ArchivesPolicies.Staff))
            .AddPolicy(ArchivesPolicies.RequestLoans, policy => policy.RequireRole(ArchivesPolicies.Staff))
            .AddPolicy(ArchivesPolicies.ApproveLoans, policy => policy.RequireRole(ArchivesPolicies.Custodians))
            .AddPolicy(ArchivesPolicies.CheckReturns, policy => policy.RequireRole(Roles.EstateManager, Roles.Archivist))
            .AddPolicy(ArchivesPolicies.VerifyAudit, policy => policy.RequireRole(Roles.GroupWide))
            .AddPolicy(ArchivesPolicies.ReadAudit, policy => policy.RequireRole(Roles.GroupAdmin, Roles.Quality, Roles.EstateManager))
            .AddPolicy(ArchivesPolicies.OwnDocuments, policy => policy.RequireRole(Roles.Owner))
            .AddPolicy(ArchivesPolicies.SeeAggregates, policy => policy.RequireRole(Roles.GroupWide))
            .AddPolicy(ArchivesPolicies.SeePublicDrawings, policy => policy.RequireRole([.. ArchivesPolicies.Staff, Roles.Owner]))
            .AddPolicy(ArchivesPolicies.RecordEquipment, policy => policy.RequireRole([.. ArchivesPolicies.Custodians, Roles.Maintenance]))
            .AddPolicy(ArchivesPolicies.ResolveMissingItems, policy => policy.RequireRole(Roles.GroupAdmin, Roles.EstateManager))
            .AddPolicy(ArchivesPolicies.ApproveDestruction, policy => policy.RequireRole(Roles.GroupAdmin, Roles.EstateManager));

        builder.AddPdfRendering();
        builder.Services.Configure<ArchivesOptions>(builder.Configuration.GetSection("Archives"));
        builder.Services.AddSingleton<IDocumentStore>(services =>
            new FileSystemDocumentStore(services.GetRequiredService<IOptions<ArchivesOptions>>().Value.DocumentRoot));
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<UnitFiling>();
        builder.Services.AddScoped<LoanReminders>();
        builder.Services.AddHostedService<LoanWatcher>();
        builder.Services.AddHostedService<ExpiringCertificatesScanner>();
        builder.Services.AddHostedService<DestroyedContentPurger>();
        builder.Services.AddHostedService<MissingTextExtractor>();

        builder.AddServiceDatabase<ArchivesDb>("archivesdb");
        builder.AddEventBus<ArchivesDb>("archives", [typeof(CustomerFileOpened).Assembly], bus =>
        {
            bus.AddConsumer<UnitRegisteredConsumer>();
            bus.AddConsumer<OwnershipTransferredConsumer>();
            bus.AddConsumer<JointOwnerAddedConsumer>();
            bus.AddConsumer<RepairOrderCompletedConsumer>();
            bus.AddConsumer<ComplaintClosedConsumer>();
            bus.AddConsumer<PaymentReceivedConsumer>();
            bus.AddConsumer<BillOverdueConsumer>();
            bus.AddConsumer<SurveyResponseRecordedConsumer>();
            bus.AddConsumer<OwnerRegisteredConsumer>();
            bus.AddConsumer<ResidentAccountLinkedConsumer>();
        });
    }
}
