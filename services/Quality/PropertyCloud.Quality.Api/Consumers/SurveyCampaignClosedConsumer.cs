using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.Api.Consumers;

public sealed class SurveyCampaignClosedConsumer(QualityDb db, TimeProvider clock) : ProjectingConsumer<SurveyCampaignClosed>(db, clock);
