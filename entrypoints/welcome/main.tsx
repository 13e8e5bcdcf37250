import '../../components/ui/tailwind.css';
import { mountPage } from '../../components/ui/mount';
import { WelcomePage } from '../../components/welcome/welcome-page';

mountPage(<WelcomePage />);
