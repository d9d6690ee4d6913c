import { render } from 'preact';
import { followLanguageSetting } from '../../src/i18n/use-locale';
import { App } from './App';
import './style.css';

// The settings page lives as long as its page: the subscription ends with it.
void followLanguageSetting(document.documentElement).ready.then(() => render(<App />, document.getElementById('app')!));
