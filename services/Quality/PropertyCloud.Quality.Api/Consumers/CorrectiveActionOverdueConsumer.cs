using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class CorrectiveActionOverdueConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<CorrectiveActionOverdue>(db, clock);
