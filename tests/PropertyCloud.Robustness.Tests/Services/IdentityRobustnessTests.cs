using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class IdentityRobustnessTests(IdentityTarget target, ITestOutputHelper output) : RobustnessTests<IdentityTarget>(target, output);
