// Each platform fixture starts a dozen processes: two at once on a small machine would only time each other out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
