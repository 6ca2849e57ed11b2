using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class PartnersRobustnessTests(PartnersTarget target, ITestOutputHelper output) : RobustnessTests<PartnersTarget>(target, output);
