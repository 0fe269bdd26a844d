export { WelcomeScreen } from './WelcomeScreen'
