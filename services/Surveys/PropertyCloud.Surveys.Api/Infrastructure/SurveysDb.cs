using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Api.Domain.Actions;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Households;
using PropertyCloud.Surveys.Api.Domain.Residents;
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
    public DbSet<ResidentAccount> ResidentAccounts => Set<ResidentAccount>();
    public DbSet<UnitResident> UnitResidents => Set<UnitResident>();

    /// <summary>The units whose current owner or tenant is the login <paramref name="userId"/>.</summary>
    public IQueryable<Guid> UnitsOfAccount(Guid estateId, string userId) =>
        from account in ResidentAccounts
        join resident in UnitResidents on account.PartyId equals resident.PartyId
        where account.EstateId == estateId && account.UserId == userId && resident.EndedOn == null
        select resident.UnitId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SurveysDb).Assembly);
        modelBuilder.AddEventBusTables();
    }
}
