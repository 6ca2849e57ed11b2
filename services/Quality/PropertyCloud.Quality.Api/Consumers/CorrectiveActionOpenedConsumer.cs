using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class CorrectiveActionOpenedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<CorrectiveActionOpened>(db, clock);
