namespace PropertyCloud.Surveys.Api.Domain.Responses;

public enum ResponseChannel
{
    /// <summary>入户调查: entered by a surveyor at the door.</summary>
    Visit,

    /// <summary>Entered by the resident through a one-time link.</summary>
    Link,
}
