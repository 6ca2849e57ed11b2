using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Quality.Api.Domain.Rules;

/// <summary>Score weights are zero or more, and at least one is above zero, or no score could be computed.</summary>
internal static class WeightsMustBeUsable
{
    public static void Check(params decimal[] weights)
    {
        if (weights.Any(w => w < 0))
        {
            throw new DomainException("score.weight_negative", new("权重不能为负数", "A weight may not be negative"), "weights");
        }
        if (weights.All(w => w == 0))
        {
            throw new DomainException("score.weights_all_zero", new("至少一个权重须大于零", "At least one weight must be above zero"), "weights");
        }
    }
}
