export { DirectoryActions } from './DirectoryActions'
