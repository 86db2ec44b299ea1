@_exported import ARRCore
@_exported import ARRMetrics
@_exported import ARRProjection
@_exported import ARRScoring
