export { SavedViewsMenu } from './SavedViewsMenu'
export { SavedViewsStandIn } from './SavedViewsStandIn'
export { PinnedViewsNav } from './PinnedViewsNav'
export { savedViewPath, useSavedViews } from './useSavedViews'
