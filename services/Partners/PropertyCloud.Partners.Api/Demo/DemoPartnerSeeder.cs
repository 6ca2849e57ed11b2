using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Partners.Api.Catalog;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Partners.Api.Demo;

/// <summary>
/// Demo mode only: the partner behind Identity's demo-partner client, taking repairs and surveys events of the demo
/// estates on its queue "partner.demo". Not the registers' or bills' events: nobody reads the demo queue, and those
/// arrive by the thousand.
/// </summary>
internal sealed class DemoPartnerSeeder(TimeProvider clock) : IDatabaseSeeder<PartnersDb>
{
    public async Task SeedAsync(PartnersDb db, CancellationToken cancellationToken)
    {
        if (await db.Partners.AnyAsync(p => p.ClientId == IdentityClients.DemoPartner, cancellationToken))
        {
            return;
        }
        var types = PublicEventCatalog.All.Where(t => t.Service is "repairs" or "surveys").Select(t => t.Name).ToList();
        db.Partners.Add(Partner.Register("demo", "演示合作方 Demo partner", new PartnerGrants(types, DemoEstates.All, AllEstates: false, PersonalData: false),
            webhookUrl: null, amqp: true, clock.GetUtcNow(), IdentityClients.DemoPartner));
        await db.SaveChangesAsync(cancellationToken);
    }
}
