namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>When a photo of a repair was taken: at intake (what is broken) or at completion (the work done).</summary>
public enum PhotoStage
{
    Intake,
    Completion,
}
