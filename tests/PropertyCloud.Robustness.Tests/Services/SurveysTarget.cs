extern alias surveys;

using PropertyCloud.Robustness.Tests.Hosting;

namespace PropertyCloud.Robustness.Tests.Services;

/// <summary>The Surveys service as a robustness target.</summary>
public sealed class SurveysTarget() : ServiceTarget<surveys::Program>("surveys", "surveysdb")
{
}
