using System.Text.Json;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Domain.Rules;

/// <summary>
/// Repair orders and complaints go round their loops one step at a time: each step needs the step before it.
/// The rule's code names the step and the state it needs, e.g. "repair.close_requires_followed_up".
/// </summary>
internal static class StepMustFollowLoop
{
    public static void Check<TStatus>(
        string loop, LocalizedText noun, Func<TStatus, LocalizedText> names, TStatus current, string step, params TStatus[] allowed)
        where TStatus : struct, Enum
    {
        if (allowed.Contains(current))
        {
            return;
        }
        throw new DomainException($"{loop}.{step}_requires_{JsonNamingPolicy.SnakeCaseLower.ConvertName(allowed[0].ToString())}",
            new($"{noun.Chinese}当前为“{names(current).Chinese}”，此操作要求{noun.Chinese}为“{string.Join(" / ", allowed.Select(s => names(s).Chinese))}”",
                $"The {noun.English} is {names(current).English}; this step needs it to be {string.Join(" or ", allowed.Select(s => names(s).English))}"),
            "status");
    }
}
