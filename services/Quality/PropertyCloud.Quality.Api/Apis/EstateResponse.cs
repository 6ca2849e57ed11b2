using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Apis;

public sealed record EstateResponse(Guid EstateId, string Code, string Name, string Company)
{
    public static EstateResponse From(EstateEntry estate) => new(estate.EstateId, estate.Code, estate.Name, estate.Company);

    /// <summary>An estate whose <c>EstateRegistered</c> has not arrived yet is shown by its id alone.</summary>
    public static EstateResponse Unknown(Guid estateId) => new(estateId, "", "", "");
}
