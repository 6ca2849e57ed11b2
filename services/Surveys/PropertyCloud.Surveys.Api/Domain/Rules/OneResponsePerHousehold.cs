using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>A household answers once: through one channel, and not again once complete.</summary>
internal static class OneResponsePerHousehold
{
    public static ConflictException Broken() => new("response.already_recorded",
        new("该户的问卷已经填写", "This household's response has already been recorded"), "sampledHouseholdId");
}
