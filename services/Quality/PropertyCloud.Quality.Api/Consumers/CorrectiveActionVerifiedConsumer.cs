using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class CorrectiveActionVerifiedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<CorrectiveActionVerified>(db, clock);
