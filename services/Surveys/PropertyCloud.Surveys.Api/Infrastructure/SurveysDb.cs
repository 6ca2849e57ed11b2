using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Api.Domain.Actions;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Households;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Infrastructure;

/// <summary>The Surveys service's own database.</summary>
public sealed class SurveysDb(DbContextOptions<SurveysDb> options) : DbContext(options)
{
    public DbSet<Household> Households => Set<Household>();
    public DbSet<SurveyEstate> Estates => Set<SurveyEstate>();
    public DbSet<SurveyTemplate> Templates => Set<SurveyTemplate>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<SampledHousehold> SampledHouseholds => Set<SampledHousehold>();
    public DbSet<SurveyResponse> Responses => Set<SurveyResponse>();
    public DbSet<CorrectiveAction> CorrectiveActions => Set<CorrectiveAction>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SurveysDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
