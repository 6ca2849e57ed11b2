using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Infrastructure;

/// <summary>Ships the standard 6×25 template (000 篇3) as reference data, in every environment, once.</summary>
internal sealed class StandardTemplateSeeder(TimeProvider clock) : IDatabaseSeeder<SurveysDb>
{
    public async Task SeedAsync(SurveysDb db, CancellationToken cancellationToken)
    {
        if (await db.Templates.AnyAsync(t => t.Id == StandardTemplate.Id, cancellationToken))
        {
            return;
        }
        db.Templates.Add(StandardTemplate.Create(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
