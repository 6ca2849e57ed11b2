using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class QualityRobustnessTests(QualityTarget target, ITestOutputHelper output) : RobustnessTests<QualityTarget>(target, output);
