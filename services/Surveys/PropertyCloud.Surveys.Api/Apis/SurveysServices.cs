using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Surveys.Api.Infrastructure;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>What the survey endpoints need, gathered for [AsParameters].</summary>
public sealed record SurveysServices(SurveysDb Db, CurrentUser User, TimeProvider Clock, CampaignFigures Figures);
