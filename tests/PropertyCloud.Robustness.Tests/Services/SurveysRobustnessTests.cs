using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class SurveysRobustnessTests(SurveysTarget target, ITestOutputHelper output) : RobustnessTests<SurveysTarget>(target, output);
