namespace PropertyCloud.Surveys.Api.Extensions;

/// <summary>Authorisation policies of the Surveys service; estate scope is checked on top (see ACCESS.md).</summary>
internal static class SurveysPolicies
{
    public const string ReadTemplates = "surveys.templates.read";
    public const string ManageCampaigns = "surveys.campaigns.manage";
    public const string Fieldwork = "surveys.fieldwork";
    public const string ReadResults = "surveys.results.read";
    public const string VerifyActions = "surveys.actions.verify";
    public const string SelfService = "surveys.self-service";
}
