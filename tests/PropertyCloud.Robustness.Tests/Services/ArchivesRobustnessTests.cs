using Xunit.Abstractions;

namespace PropertyCloud.Robustness.Tests.Services;

public sealed class ArchivesRobustnessTests(ArchivesTarget target, ITestOutputHelper output) : RobustnessTests<ArchivesTarget>(target, output);
