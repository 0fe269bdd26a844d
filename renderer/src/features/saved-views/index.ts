export { SavedViewsMenu } from './SavedViewsMenu'
export { PinnedViewsNav } from './PinnedViewsNav'
export { savedViewPath, useSavedViews } from './useSavedViews'
