@_exported import ARRCore
