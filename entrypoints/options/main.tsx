import { render } from 'preact';
import { followLanguageSetting } from '../../src/i18n/use-locale';
import { App } from './App';
import './style.css';

followLanguageSetting();
render(<App />, document.getElementById('app')!);
